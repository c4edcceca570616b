from ... import nothing_above_app
