using SyriaTalks.Cli.Commands;
using SyriaTalks.Cli.Fuzzing;
using SyriaTalks.Cli.Ingest;
using SyriaTalks.Cli.Users;

return args.Length == 0 ? Usage() : args[0] switch
{
    "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
    "read" => ReadCommand.Run(args[1..], Console.Out, Console.Error),
    "ingest" => await IngestCommand.RunAsync(args[1..], Console.Out, Console.Error, interactive: !Console.IsErrorRedirected),
    "fuzz" => await FuzzCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "users" => await UsersCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error,
        readSecret: Console.IsInputRedirected ? null : UsersCommand.ReadSecretFromConsole),
    "-h" or "--help" or "help" => Usage(),
    _ => Usage($"Unknown command '{args[0]}'."),
};

static int Usage(string? error = null)
{
    if (error is not null)
    {
        Console.Error.WriteLine(error);
    }
    Console.Error.WriteLine("""
        Usage: syriatalks <command> [options]

          extract PATH... [--published YYYY-MM-DD] [--out DIR]
              Read and analyse articles (.html/.htm/.txt files, or folders of corpus entries)
              and write the extraction JSON: to DIR/<id>.json, or to stdout for one file.

          read PATH... [--out DIR]
              Read pages (.html/.htm/.txt/.html.gz files, or folders) with the page reader alone:
              one JSON line per page (title, byline, published, outlet, url, language); with --out,
              each body to DIR/<id>.txt and all bodies to DIR/bodies.json (for bodyscore.py).

          ingest PATH... [--db FILE] [--published YYYY-MM-DD]
              Store articles (files, or folders searched recursively) in the app's database: the one
              ConnectionStrings__Default or Storage__DataFolder name, else data/syriatalks.db here;
              --db FILE wins. Articles already stored are recognised; exit code 1 when any file failed.

          users add NAME --role Reader|Editor|Admin [--password-stdin] [--db FILE]
          users list [--db FILE]
              Make an account in the app's database (same database rules as ingest; the app's own
              is src/SyriaTalks.Web/data/syriatalks.db). The password is asked for twice, or read as
              one line from standard input with --password-stdin. The first Admin is made this way.

          fuzz [--seed N] [--count N] [--timeout-ms N] [--max-chars N] [--out DIR] [CORPUS...]
              Run the reader and the engine over N mutated copies of real pages (seeded, reproducible),
              as an upload runs them (bodies over --max-chars refused); report crashes, offsets outside
              the text and inputs slower than the time bound, saving them to DIR.
        """);
    return error is null ? 0 : 2;
}
