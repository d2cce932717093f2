NAME = 'team.yaml'
Path(NAME).write_bytes(b"# padding\n" * 1_048_576)
