"""A Presidio ``NlpEngine`` for Chinese backed by jieba, so Presidio's context enhancement works.

Presidio's ``LemmaContextAwareEnhancer`` raises a result's score when a recognizer's context words
(身份证, 手机, 卡号, 密码 ...) appear among the tokens around it; with Presidio's default spaCy
engine that needs a downloaded Chinese model. This engine tokenises with jieba's POS tagger
instead (no download: jieba ships its dictionary), builds a spaCy ``Doc`` from the words with a
blank vocabulary, and maps jieba's person / place / organisation tags (nr / ns / nt) to Presidio's
PERSON / LOCATION / ORG entities.

The tagger runs about 250 KB/s, so Guanqia's own recognizers never need this engine; it is for
security teams that plug Presidio recognizers with context words into the scanner.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

# jieba POS tags (ICTCLAS set) -> Presidio entity names.
TAG_ENTITIES = {"nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "LOCATION", "nt": "ORG"}
PUNCT_TAGS = {"x", "w"}
# Function words that carry no context (the analyzer skips them when collecting keywords).
STOPWORDS = frozenset(
    ["的", "了", "是", "在", "和", "与", "及", "或", "等", "也", "都", "就", "而", "但", "这", "那", "你", "我", "他", "她", "它", "们", "个", "么", "之", "其", "此", "被", "把", "对", "从", "向", "于", "以", "为", "所", "着", "过", "吗", "呢", "吧", "啊", "呀", "哦", "嗯", "请", "将", "并", "则", "即", "又", "还", "很", "太", "再", "才", "只", "已", "该", "每", "各", "某", "有", "没", "不"]
)


class JiebaNlpEngine(NlpEngine):
    """Chinese tokens, POS tags and nr / ns / nt entities for Presidio, from jieba.

    ``hmm`` turns on jieba's HMM for unknown words (better recall of unseen names, slower).
    """

    def __init__(self, hmm: bool = True, languages: tuple[str, ...] = ("zh",)) -> None:
        self._hmm = hmm
        self._languages = list(languages)
        self._vocab = Vocab()
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load jieba's dictionary and POS table once (about a second)."""
        with self._lock:
            if self._tokenizer is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(60)
                jieba.initialize()
                self._tokenizer = jieba.posseg.dt

    def is_loaded(self) -> bool:
        """True once ``load`` has run."""
        return self._tokenizer is not None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokenise and tag ``text``; token offsets are code points into ``text``."""
        if language not in self._languages:
            raise ValueError(f"JiebaNlpEngine does not support language {language!r}")
        if not self.is_loaded():
            self.load()
        words: list[str] = []
        tags: list[str] = []
        starts: list[int] = []
        spaces: list[bool] = []
        pos = 0
        for pair in self._tokenizer.cut(text, HMM=self._hmm):
            word, tag = pair.word, pair.flag
            if word == " " and words and not spaces[-1]:
                # a single space becomes the trailing space of the previous token
                spaces[-1] = True
                pos += 1
                continue
            words.append(word)
            tags.append(tag)
            starts.append(pos)
            spaces.append(False)
            pos += len(word)
        doc = Doc(self._vocab, words=words, spaces=spaces)
        for token, tag in zip(doc, tags):
            token.tag_ = tag
            token.pos_ = _universal_pos(tag)
            token.lemma_ = token.text
        entities = [
            Span(doc, i, i + 1, label=TAG_ENTITIES[tag]) for i, tag in enumerate(tags) if tag in TAG_ENTITIES
        ]
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=starts,
            lemmas=list(words),
            nlp_engine=self,
            language=language,
            scores=[0.6] * len(entities),
        )

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """Process texts one after another (jieba has no batch mode worth using)."""
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        """Chinese function words and single characters of punctuation are not context."""
        return word in STOPWORDS

    def is_punct(self, word: str, language: str) -> bool:
        """Punctuation and symbols, Chinese or ASCII."""
        return bool(word) and all(not ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        """Entities this engine reports from POS tags."""
        return sorted(set(TAG_ENTITIES.values()))

    def get_supported_languages(self) -> list[str]:
        """Languages this engine serves."""
        return list(self._languages)


def _universal_pos(tag: str) -> str:
    """Coarse Universal POS for a jieba tag (spaCy attribute consumers expect one)."""
    head = tag[:1]
    return {
        "n": "PROPN" if tag in TAG_ENTITIES or tag == "nz" else "NOUN",
        "v": "VERB",
        "a": "ADJ",
        "d": "ADV",
        "p": "ADP",
        "c": "CCONJ",
        "u": "PART",
        "r": "PRON",
        "m": "NUM",
        "q": "NOUN",
        "x": "PUNCT",
        "w": "PUNCT",
        "e": "INTJ",
        "y": "PART",
    }.get(head, "X")
