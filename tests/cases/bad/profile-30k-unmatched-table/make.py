NAME = 'me.yaml'
Path(NAME).write_text("company: {size: small}\nduties:\n" + "".join(f"  - task: thing {i}\n" for i in range(30_000)))
