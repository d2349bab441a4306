using System.Runtime.CompilerServices;

// tools/ReaderBench times the reader's stages one by one.
[assembly: InternalsVisibleTo("ReaderBench")]
