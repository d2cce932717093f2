NAME = 'team.yaml'
Path(NAME).write_bytes(b"company: {size: small}\npeople:\n" + b"- 1\n" * 600_000)
