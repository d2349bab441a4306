using System.Collections.Frozen;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Quotes;

/// <summary>Verbs that introduce reported speech ("said", "told", "warned"), from the GenderGapTracker list plus news additions.</summary>
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> Verbs =
        EmbeddedData.Lines("Quotes/speech-verbs.txt").Select(v => v.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    // Forms that are speech verbs on the list but are mostly something else in news prose.
    private static readonly FrozenSet<string> Weak = new[]
    {
        "call", "calls", "calling", "called", "allow", "allowed", "post", "posted", "note", "notes", "refer", "refers",
        "label", "labels", "brand", "write", "writes", "writing", "declare", "accept", "accepted", "add", "answer",
        "recall", "accuse", "blame", "describe", "designate", "estimate", "predict", "state", "states", "demonstrate",
        "demonstrates", "demonstrated", "show", "shows", "showed", "mean", "means", "meant", "question", "questions",
        "continue", "continued", "continues", "continuing", "cite", "cited", "ruled", "rated", "deemed", "sang", "cried", "chanted", "chanting",
        "request", "requests", "requested", "requesting",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsSpeechVerb(string lowerWord) => Verbs.Contains(lowerWord);

    /// <summary>A speech verb that is unlikely to be anything else where it stands.</summary>
    public static bool IsStrong(string lowerWord) => Verbs.Contains(lowerWord) && !Weak.Contains(lowerWord);
}
