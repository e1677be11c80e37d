"""The synchronous pipeline: validate -> extract text -> OCR -> detect boundaries -> split.

Nothing here uses asyncio; the service layer runs these functions in a thread executor and
passes a :data:`ProgressFn` and a :class:`CancelToken`.
"""
