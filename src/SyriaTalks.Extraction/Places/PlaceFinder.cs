namespace SyriaTalks.Extraction.Places;

/// <summary>Finds places named in a body. (Placeholder until the gazetteer lands.)</summary>
public sealed class PlaceFinder
{
    public IReadOnlyList<PlaceMention> Find(string text, IReadOnlyList<ExtractedSentence> sentences) => [];
}
