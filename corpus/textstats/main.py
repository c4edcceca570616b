import sys

import textkit
from textkit import summarize, words
from textkit.formats import FORMATS
from textkit.tokenize import syllables

SAMPLES = {
    "simple": "The cat sat on the mat. The dog sat too! Was it a good day? Yes it was.",
    "dense": ("Notwithstanding considerable institutional resistance, the committee's "
              "comprehensive recommendations were ultimately implemented. Administrative "
              "reorganization necessitated extraordinary coordination."),
    "verse": "Tyger Tyger, burning bright, in the forests of the night. What immortal hand or eye could frame thy fearful symmetry?",
}


def main(argv):
    fmt = argv[1] if len(argv) > 1 else "plain"
    for name, text in SAMPLES.items():
        print(f"== {name}")
        print(FORMATS[fmt](summarize(text)))
        print(FORMATS["json"](summarize(text)))
    print("registered:", sorted(textkit.registry))
    print([(w, syllables(w)) for w in words("Table apple strength beautiful rhythm queue idea")])
    print("modules:", sorted(m for m in sys.modules if m.startswith("textkit")))
    print(textkit.formats.plain.as_plain is textkit.registry["plain"])


if __name__ == "__main__":
    main(sys.argv)
