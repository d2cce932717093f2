NAME = 'team.yaml'
Path(NAME).write_bytes(b"a: " + b"[" * 200_000 + b"\n")
