from __future__ import annotations

from recoupe.claims.sources import fold_source, signature
from recoupe.model import Article
from recoupe.storage import Store

WIRE = ("Le conseil municipal a voté jeudi soir un budget en hausse de huit pour cent, porté par les "
        "investissements dans les transports publics et la rénovation des écoles primaires de la ville. "
        "L'opposition a dénoncé un endettement excessif et annoncé un recours devant le tribunal administratif. "
        "Le maire a défendu des choix nécessaires pour préparer la ville aux défis climatiques des prochaines "
        "décennies.")
OTHER = ("La sélection nationale de rugby a battu l'Irlande samedi au terme d'un match serré, grâce à un essai "
         "inscrit dans les dernières minutes par son jeune ailier, très applaudi par un public enthousiaste.")


def _add(store: Store, aid: str, text: str) -> None:
    store.add_article(Article(id=aid, origin=aid, text=text), [], "")


def test_sources_wire_copy_is_folded_into_one_source(store: Store) -> None:
    _add(store, "a", WIRE)
    _add(store, "b", "Avec AFP. " + WIRE + " Notre journal reviendra sur ce vote.")
    _add(store, "c", OTHER)
    assert fold_source(store, "a", WIRE) == ("a", "")
    source, reason = fold_source(store, "b", "Avec AFP. " + WIRE + " Notre journal reviendra sur ce vote.")
    assert source == "a" and "5-word passages" in reason
    assert fold_source(store, "c", OTHER)[0] == "c"


def test_sources_signature_is_deterministic() -> None:
    assert (signature(WIRE).hashvalues == signature(WIRE).hashvalues).all()


def test_sources_sourcing_counts_anonymous_voices() -> None:
    from recoupe.claims.sources import sourcing
    from recoupe.model import Claim

    def c(n: int, who: str, kind: str) -> Claim:
        return Claim(id=f"a:c{n}", article_id="a", text="x", sentence="x", start=0, end=1, subject="", predicate="dire",
                     attributed_to=who, source_type=kind)

    out = sourcing([c(1, "un diplomate européen", "anonymous"), c(2, "Un diplomate européen", "anonymous"),
                    c(3, "une source proche du dossier", "anonymous"), c(4, "le ministère", "organisation"),
                    c(5, "", "")])
    assert out["anonymous_sources"] == 2
    assert out["claims_by_source_type"]["anonymous"] == 3 and out["claims_by_source_type"]["organisation"] == 1
    assert out["anonymous_share"] == 0.75
