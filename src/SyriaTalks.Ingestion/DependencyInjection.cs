using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Startup;
using SyriaTalks.Ingestion.Storing;

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

    /// <summary>The store, the extraction pipeline and the ingestor; optionally the start-up migration and seeding.</summary>
    public static IServiceCollection AddSyriaTalksIngestion(
        this IServiceCollection services, IConfiguration configuration, string dataFolder, bool initializeDatabase = true)
    {
        services.AddSyriaTalksData(configuration, dataFolder);
        services.AddSyriaTalksExtraction();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleIngestor>();
        services.Configure<SeedOptions>(configuration.GetSection("Seeds"));
        if (initializeDatabase)
        {
            services.AddHostedService<DatabaseInitializer>();
        }
        return services;
    }
}
