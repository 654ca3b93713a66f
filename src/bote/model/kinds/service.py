"""`kind = service` (the default): a request server, sized by the core."""
from bote.model.kinds.base import Kind


class Service(Kind):
    name = "service"
    text = "service"
    shown_beside_name = False
