"""Chinese language support for the detectors: a jieba-backed Presidio NlpEngine and the small
lexicons the name / address / organisation recognizers consult on local windows."""
