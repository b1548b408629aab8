"""Synthetic prompts of a given size: Faker zh_CN prose with a few synthetic personal details.

The personal details (a name, a mobile number, an email address) are there so that inspection has
something to find, as in real traffic; they are generated, never real. The default policy lets them
through to a cn-mainland destination, so every benchmark request is answered (no blocks skew the figures).
"""

from __future__ import annotations

from faker import Faker


def make_prompt(size_bytes: int, seed: int = 7, pii: bool = True) -> str:
    """UTF-8 text of about `size_bytes` bytes (within one sentence of it)."""
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    parts: list[str] = ["请帮我总结下面这段客户沟通记录，并给出下一步建议。"]
    if pii:
        parts.append(f"客户{fake.name()}，手机{fake.phone_number()}，邮箱{fake.free_email()}。")
    size = sum(len(p.encode()) for p in parts)
    while size < size_bytes:
        sentence = fake.sentence(nb_words=12)
        parts.append(sentence)
        size += len(sentence.encode())
    return "".join(parts)
