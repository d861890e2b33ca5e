"""The analyst's web app: server-rendered pages and a JSON API over a recoupe store.

``recoupe serve`` calls :func:`recoupe.web.server.run`; tests build the app with
:func:`recoupe.web.server.create_app`. One router module per resource (stories, entities,
articles, search); each has an HTML router and a JSON router (``/api/...``) that share the view
builders of :mod:`recoupe.web.views`. All data access goes through :class:`recoupe.storage.Store`.
"""
