using SyriaTalks.Domain;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Places;

public class PlaceFinderTests
{
    private static readonly PlaceFinder Finder = new();

    private static IReadOnlyList<ExtractedPlace> PlacesIn(string body)
    {
        var mentions = Finder.Find(body, SentenceSplitter.Split(body));
        return mentions.Select(m => m.Place).DistinctBy(p => p.Name).ToList();
    }

    private static IReadOnlyList<string> NamesIn(string body) => PlacesIn(body).Select(p => p.Name).ToList();

    [Fact]
    public void TheWhiteHouseIsAnInstitutionNotAPlace()
    {
        Assert.DoesNotContain(NamesIn("Russia appeared to be following through on its pledge, the U.S. White House said, but a spokesman told a White House briefing more was needed."), n => n.Contains("White", StringComparison.Ordinal));
    }
}
