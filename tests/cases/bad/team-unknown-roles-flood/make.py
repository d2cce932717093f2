NAME = 'team.yaml'
Path(NAME).write_text("company: {size: small}\npeople:\n" + "".join(f"  - {{name: p{i}, roles: [guru{i}]}}\n" for i in range(40_000)))
