NAME = 'me.yaml'
Path(NAME).write_text("company: {size: small}\nduties:\n" + "".join(f"  - role: web guru {i}\n" for i in range(100_000)))
