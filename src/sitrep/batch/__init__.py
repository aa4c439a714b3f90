"""Archives at scale: `sitrep batch` over JSONL, Parquet and WARC, locally or on Spark.

Both engines run the same steps with the same code: read captures (`batch.inputs`), find
republished copies before coding (`sitrep.neardup`), code the rest with `Pipeline`, turn the
results into rows (`batch.rows`) and write Parquet datasets of articles, events, mentions
(partitioned by event month and country) and failures. `batch.load` stores such an output
through the ingest service.
"""
