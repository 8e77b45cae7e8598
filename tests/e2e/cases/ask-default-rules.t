printf 'behavior\nformat\nstatic\nnarrow\n97%%\n0.997\n2000\ny\n40k\n\n\nn\n\n' | ragft ask -q; printf 'knowledge\ndaily\nbroad\n\n\n0\nn\n3k\n\nsensitive\ny\n' | ragft ask -q
--- stdout
profile: fine_tune (high)
profile: rag (high)
--- stderr
--- exit 0
