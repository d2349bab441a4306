using System.Diagnostics;
using System.IO.Compression;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Cli.Fuzzing;

/// <summary>How one fuzz input ended.</summary>
public enum FuzzVerdict
{
    /// <summary>Read and analysed; every offset inside the text.</summary>
    Read,

    /// <summary>Refused with a message for the user (<see cref="ArticleReadException"/>): the expected answer to garbage.</summary>
    Refused,

    /// <summary>Any other exception: a bug.</summary>
    Crashed,

    /// <summary>Still running after the time bound: a bug.</summary>
    Hung,

    /// <summary>Analysed, but an offset points outside the text (pages would mark the wrong words or fail): a bug.</summary>
    BadOffsets,
}

/// <summary>The result of one input.</summary>
public sealed record FuzzCase(int Index, string Origin, IReadOnlyList<string> Mutations, FuzzVerdict Verdict, string? Detail, byte[] Input, TimeSpan Elapsed);

/// <summary>Runs the reader and the engine over mutated pages, each input under a time bound.</summary>
public sealed class FuzzRunner(ArticleReader reader, ExtractionPipeline pipeline, TimeSpan timeout, int maxTextChars = SyriaTalks.Ingestion.Storing.ArticleSizeGuard.DefaultMaxTextChars)
{
    private readonly TimeSpan drainCap = TimeSpan.FromMinutes(3);

    /// <summary>Pages to mutate under the given files and folders: .html, .htm, .txt and .html.gz, in a stable order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> LoadCorpus(IEnumerable<string> paths, int maxPages = 2000)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsPage).Order(StringComparer.Ordinal));
            }
        }
        return files.Take(maxPages).Select(f => (Path.GetFileName(Path.GetDirectoryName(f)) + "/" + Path.GetFileName(f), Load(f))).ToList();
    }

    public IEnumerable<FuzzCase> Run(IReadOnlyList<(string Name, byte[] Content)> corpus, int seed, int count)
    {
        if (corpus.Count == 0)
        {
            yield break;
        }
        for (var i = 0; i < count; i++)
        {
            // Each input has its own seed, so any one case can be replayed alone with the same numbers
            // (not HashCode.Combine: it is salted per process).
            var mutator = new PageMutator(Mix(seed, i, 0));
            var pick = new Random(Mix(seed, i, 1));
            var (name, page) = corpus[pick.Next(corpus.Count)];
            var other = corpus[pick.Next(corpus.Count)].Content;
            var input = mutator.Mutate(page, other);
            yield return RunOne(i, name, [.. mutator.Applied], input, name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "input.txt" : "input.html");
        }
    }

    /// <summary>A stable seed for input <paramref name="index"/> of run <paramref name="seed"/>.</summary>
    public static int Mix(int seed, int index, int salt)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u ^ (uint)index * 0x85EBCA77u ^ (uint)salt * 0xC2B2AE3Du;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    public FuzzCase RunOne(int index, string origin, IReadOnlyList<string> mutations, byte[] input, string fileName)
    {
        var watch = Stopwatch.StartNew();
        // The product's own path: the reader, the size guard, then reader and engine together.
        var work = Task.Run(() =>
        {
            SyriaTalks.Ingestion.Storing.ArticleSizeGuard.Check(reader.Read(input, fileName), maxTextChars);
            return pipeline.Run(new ArticleSource(input, fileName, new DateOnly(2016, 2, 3)));
        });
        try
        {
            if (!work.Wait(timeout))
            {
                // A thread cannot be stopped; let it finish (within a cap) so that the next inputs are not timed against it.
                var finished = work.Wait(drainCap);
                var detail = finished
                    ? $"took {watch.Elapsed.TotalSeconds:0.#} s (bound {timeout.TotalSeconds:0.#} s)"
                    : $"still running after {watch.Elapsed.TotalSeconds:0.#} s";
                return new FuzzCase(index, origin, mutations, FuzzVerdict.Hung, detail, input, watch.Elapsed);
            }
            var offsets = CheckOffsets(work.Result);
            return new FuzzCase(index, origin, mutations, offsets is null ? FuzzVerdict.Read : FuzzVerdict.BadOffsets, offsets, input, watch.Elapsed);
        }
        catch (AggregateException ex) when (ex.InnerException is ArticleReadException refused)
        {
            return new FuzzCase(index, origin, mutations, FuzzVerdict.Refused, refused.Message, input, watch.Elapsed);
        }
        catch (AggregateException ex)
        {
            var inner = ex.InnerException ?? ex;
            return new FuzzCase(index, origin, mutations, FuzzVerdict.Crashed, $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}", input, watch.Elapsed);
        }
    }

    private static string? CheckOffsets(ExtractedArticle extracted)
    {
        var length = extracted.Article.Text.Length;
        foreach (var q in extracted.Analysis.Quotes.Where(q => !q.InHeadline))
        {
            if (q.Start < 0 || q.End < q.Start || q.End > length || q.SentenceStart < 0 || q.SentenceEnd < q.SentenceStart || q.SentenceEnd > length)
            {
                return $"quote at {q.Start}..{q.End} (sentence {q.SentenceStart}..{q.SentenceEnd}) outside a text of {length} characters";
            }
        }
        foreach (var e in extracted.Analysis.Events)
        {
            if (e.Start < 0 || e.End < e.Start || e.End > length)
            {
                return $"event at {e.Start}..{e.End} outside a text of {length} characters";
            }
        }
        return null;
    }

    private static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase);

    private static byte[] Load(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
