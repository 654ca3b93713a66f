"""The model: names resolved into components, properties and figures, evaluated and sized; kinds, risks, the report.
May import `bote.language`, `bote.uncertainty` and the modules beside `bote.errors`; nothing that renders or writes."""
