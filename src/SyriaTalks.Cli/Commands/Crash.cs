using System.Text.Json;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Cli.Commands;

/// <summary>How the commands name an unexpected exception of the reader or the engine: a bug on one file, reported so it can be found.</summary>
internal static class Crash
{
    /// <summary>Whether <paramref name="error"/> is the file's fault (unreadable, not an article, malformed), told to the user as it is.</summary>
    public static bool IsBadInput(Exception error) =>
        error is ArticleReadException or IOException or JsonException or FormatException or UnauthorizedAccessException;

    /// <summary>Whether <paramref name="error"/> is such a bug rather than bad input, cancellation or exhaustion.</summary>
    public static bool Is(Exception error) =>
        !IsBadInput(error) && error is not (OperationCanceledException or OutOfMemoryException or StackOverflowException);

    /// <summary>The exception's type, where it was thrown and its message, on one line.</summary>
    public static string Describe(Exception error)
    {
        var site = error.TargetSite is { DeclaringType: { } type } method ? $" in {type.Name}.{method.Name}" : "";
        return $"{error.GetType().Name}{site}: {error.Message}";
    }
}
