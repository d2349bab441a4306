using System.Runtime.CompilerServices;

// The summarizer's scan window is a work bound the tests assert on, not a public API.
[assembly: InternalsVisibleTo("SyriaTalks.Extraction.Tests")]
