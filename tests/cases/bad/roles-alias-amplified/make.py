NAME = 'data.yaml'
from pathlib import Path
head = 'a: &a [' + ', '.join(['{id: x, name: n}'] * 200) + ']\n'
body = 'roles: [' + ', '.join(['*a'] * 9000) + ']\n'
Path(NAME).write_text(head + body)
