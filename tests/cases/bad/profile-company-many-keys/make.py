NAME = 'me.yaml'
Path(NAME).write_text("company:\n  size: small\n" + "".join(f"  k{i}: 1\n" for i in range(150_000)) + "duties: [{role: seo}]\n")
