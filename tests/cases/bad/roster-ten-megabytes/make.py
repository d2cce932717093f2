NAME = 'roster.csv'
Path(NAME).write_bytes(b'name,role\n' + b'a,seo\n' * 1_500_000)
