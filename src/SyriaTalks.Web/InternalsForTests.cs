using System.Runtime.CompilerServices;

// UploadQuota's limiter factory is a seam for its concurrency tests, not a public API.
[assembly: InternalsVisibleTo("SyriaTalks.Web.Tests")]
