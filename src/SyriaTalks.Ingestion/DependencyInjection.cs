using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion;

public static class DependencyInjection
{
    /// <summary>The reader, the engine and the pipeline joining them (all stateless singletons).</summary>
    public static IServiceCollection AddSyriaTalksExtraction(this IServiceCollection services)
    {
        services.AddSingleton<ArticleReader>();
        services.AddSingleton<IArticleAnalyzer, ArticleAnalyzer>();
        services.AddSingleton<ExtractionPipeline>();
        return services;
    }
}
