using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyriaTalks.Domain;

namespace SyriaTalks.Ingestion.Pipeline;

/// <summary>The JSON of ../shared/corpus/FORMAT.md for one extracted article (what <c>extract</c> prints).</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(string id, ExtractedArticle extracted) => ToJson(id, extracted).ToJsonString(Options);

    public static JsonObject ToJson(string id, ExtractedArticle extracted)
    {
        var a = extracted.Article;
        var analysis = extracted.Analysis;
        return new JsonObject
        {
            ["id"] = id,
            ["article"] = new JsonObject
            {
                ["title"] = a.Title,
                ["byline"] = a.Byline,
                ["published"] = extracted.Published.ToString("yyyy-MM-dd"),
                ["outlet"] = a.Outlet,
                ["url"] = a.Url,
                ["language"] = a.Language,
                ["text"] = a.Text,
            },
            ["quotes"] = new JsonArray([.. analysis.Quotes.Select(q => (JsonNode)new JsonObject
            {
                ["text"] = q.Text,
                ["speaker"] = q.Speaker,
                ["speakerRole"] = q.SpeakerRole,
                ["speakerAffiliation"] = q.SpeakerAffiliation,
                ["cue"] = q.Cue,
                ["addressee"] = q.Addressee,
                ["start"] = q.Start,
                ["end"] = q.End,
                ["inHeadline"] = q.InHeadline,
                ["sentence"] = q.Sentence,
            })]),
            ["actors"] = new JsonArray([.. analysis.Actors.Select(x => (JsonNode)new JsonObject
            {
                ["name"] = x.Name,
                ["kind"] = x.Kind.ToLabel(),
                ["aliases"] = new JsonArray([.. x.Aliases.Select(s => (JsonNode)JsonValue.Create(s))]),
                ["role"] = x.Role,
                ["affiliation"] = x.Affiliation,
                ["mentions"] = x.Mentions,
            })]),
            ["places"] = new JsonArray([.. analysis.Places.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["kind"] = p.Kind.ToLabel(),
                ["country"] = p.CountryCode,
                ["lat"] = p.Latitude,
                ["lon"] = p.Longitude,
                ["aliases"] = new JsonArray([.. p.Aliases.Select(s => (JsonNode)JsonValue.Create(s))]),
            })]),
            ["events"] = new JsonArray([.. analysis.Events.Select(e => (JsonNode)new JsonObject
            {
                ["date"] = NameKey.FormatDate(e.Date, e.Precision),
                ["dateEnd"] = e.DateEnd is { } end ? NameKey.FormatDate(end, e.Precision) : null,
                ["precision"] = e.Precision.ToLabel(),
                ["kind"] = e.Kind.ToLabel(),
                ["planned"] = e.IsPlanned,
                ["summary"] = e.Summary,
                ["sentence"] = e.Sentence,
                ["start"] = e.Start,
                ["end"] = e.End,
                ["actors"] = new JsonArray([.. e.Actors.Select(s => (JsonNode)JsonValue.Create(s))]),
                ["places"] = new JsonArray([.. e.Places.Select(s => (JsonNode)JsonValue.Create(s))]),
            })]),
        };
    }
}
