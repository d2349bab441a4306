using SyriaTalks.Cli.Commands;

return args.Length == 0 ? Usage() : args[0] switch
{
    "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
    "read" => ReadCommand.Run(args[1..], Console.Out, Console.Error),
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
        """);
    return error is null ? 0 : 2;
}
