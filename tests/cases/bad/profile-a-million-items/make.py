NAME = 'me.yaml'
Path(NAME).write_bytes(b"company: {size: small}\nduties:\n" + b"- x\n" * 600_000)
