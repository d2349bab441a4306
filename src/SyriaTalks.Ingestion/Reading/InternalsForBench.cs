using System.Runtime.CompilerServices;

// tools/ReaderBench times the reader's stages one by one; the tests check the nesting guard directly.
[assembly: InternalsVisibleTo("ReaderBench")]
[assembly: InternalsVisibleTo("SyriaTalks.Ingestion.Tests")]
