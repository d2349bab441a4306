namespace SyriaTalks.Domain;

/// <summary>A person, organisation, state or armed group, merged across articles by its normalized names.</summary>
public class Actor
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary><see cref="NameKey.Normalize"/> of <see cref="Name"/>: the key used to merge across the store.</summary>
    public required string NormalizedName { get; set; }

    public ActorKind Kind { get; set; }
    public string? Role { get; set; }
    public string? Affiliation { get; set; }

    public List<ActorAlias> Aliases { get; set; } = [];
    public List<ArticleActor> Articles { get; set; } = [];
}

/// <summary>Another name under which an actor appears ("di Mistura", "HNC").</summary>
public class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}

/// <summary>That an article mentions an actor; an actor no article mentions is removed.</summary>
public class ArticleActor
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public int Mentions { get; set; }
}
