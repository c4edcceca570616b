print("selfish body, sees itself:", __import__("selfish").__name__)
import selfish
print(selfish.__name__, hasattr(selfish, "DONE"))
DONE = True
