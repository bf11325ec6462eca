"""What is wrong and why: the findings list, the explanation panel, the måloppnåelse
panel, the rule catalogue and acknowledge dialogs, and how a severity looks."""
