namespace SyriaTalks.Extraction;

/// <summary>Where the body names an actor (by its canonical name) — what events and quotes hang on.</summary>
public sealed record ActorMention(string Actor, int Start, int End);

/// <summary>Where the body names a place, with the place it resolves to.</summary>
public sealed record PlaceMention(ExtractedPlace Place, int Start, int End);
