namespace SyriaTalks.Domain;

/// <summary>What a person corrected by hand.</summary>
public enum CorrectionKind
{
    QuoteSpeaker,
    QuoteDelete,
    EventDelete,
    ActorRename,
    ActorMerge,
}

/// <summary>
/// A manual correction, kept as such so it can be shown, audited and applied again when the same article is
/// ingested again (the engine would otherwise bring the mistake back). Quote and event corrections name their
/// target by article (URL and content hash) plus offsets and text, never by row id, because re-ingestion makes new rows.
/// </summary>
public class Correction
{
    public int Id { get; set; }
    public CorrectionKind Kind { get; set; }

    /// <summary>Human-readable description of the target at the time ("quote 12", "actor Kodmani").</summary>
    public required string Target { get; set; }

    /// <summary>The value before the correction (speaker name, actor name, deleted text).</summary>
    public string? Before { get; set; }

    /// <summary>The value after the correction (new speaker, new name, merge target); null for deletions.</summary>
    public string? After { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The name of the account that made it, as it was then (kept when the account goes).</summary>
    public string? Author { get; set; }

    /// <summary>The account that made it; null for corrections made before accounts existed or by a deleted account.</summary>
    public string? AuthorId { get; set; }

    // How to find the target again after re-ingestion.
    public string? ArticleUrl { get; set; }
    public string? ArticleHash { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }
    public string? Text { get; set; }

    /// <summary>Normalized name of the actor the correction is about (renamed or merged away).</summary>
    public string? ActorKey { get; set; }

    /// <summary>Normalized name of the actor the correction points to (new speaker, merge target, new name).</summary>
    public string? TargetActorKey { get; set; }
}
