using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Api;

public sealed class ArticleUploadApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private HttpClient Client => app.Client;

    [Fact]
    public async Task AFileUploadedAsMultipartIsStoredAndAnsweredWith201TheIdAndTheCounts()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(101), "opposition.txt", "2016-02-03"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal("created", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("quotes").GetInt32() >= 1, "the article quotes its speakers");
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        var stored = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal("Syrian opposition weighs talks offer, round 101", stored.GetProperty("title").GetString());
        Assert.Equal("2016-02-03", stored.GetProperty("published").GetString());
    }

    [Fact]
    public async Task JsonTextWithATitleIsStoredWithThatTitle()
    {
        var response = await Client.PostAsJsonAsync("/api/articles", new
        {
            text = "GENEVA - \"We are here to stay,\" the opposition's chief negotiator said on Thursday, as round 102 opened.\n\nThe government delegation had not yet arrived, U.N. officials said.",
            title = "Opposition stays in Geneva, round 102",
            published = "2016-02-04",
            url = "https://news.example.org/json-102",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Opposition stays in Geneva, round 102", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheSameArticleUploadedAgainIsAnsweredWith200NamingTheStoredArticleAndNotStoredTwice()
    {
        var first = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(103), "a.txt", "2016-02-03"));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var before = await app.ArticleCountAsync();

        // Same text with other white space, through the other door (JSON).
        var again = await Client.PostAsJsonAsync("/api/articles", new { text = SampleArticles.Text(103).Replace(" ", "  "), published = "2016-02-03" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("duplicate", body.GetProperty("status").GetString());
        Assert.Equal(firstId, body.GetProperty("id").GetInt32());
        Assert.Contains($"article {firstId}", body.GetProperty("message").GetString());
        Assert.Equal(before, await app.ArticleCountAsync());
    }

    [Fact]
    public async Task ANewVersionAtTheSameCanonicalUrlReplacesTheStoredArticleInsteadOfAddingOne()
    {
        await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.PageBytes(104, url: "https://News.Example.org/story-104/"), "page.html"));
        var before = await app.ArticleCountAsync();

        var updated = await Client.PostAsync("/api/articles", ApiFixture.File(
            SampleArticles.PageBytes(1040, url: "https://news.example.org/story-104?utm_source=twitter"), "page.html"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("updated", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(before, await app.ArticleCountAsync());
        await using var db = await app.OpenDbAsync();
        var stored = await db.Articles.SingleAsync(a => a.Url == "https://news.example.org/story-104");
        Assert.Contains("story 1040", stored.Text);
    }

    [Fact]
    public async Task AnEmptyFileIsRefusedWith400NamingTheProblem()
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File([], "empty.html", "2016-02-03")), HttpStatusCode.BadRequest);

        Assert.Contains("empty", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("report.html", "pdf")]
    [InlineData("photo.txt", "png")]
    [InlineData("archive.htm", "zip")]
    public async Task ABinaryFileIsRefusedWhateverItsExtension(string fileName, string kind)
    {
        var bytes = kind switch { "pdf" => SampleArticles.Pdf, "png" => SampleArticles.Png, _ => SampleArticles.Zip };
        var before = await app.ArticleCountAsync();

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(bytes, fileName, "2016-02-03")), HttpStatusCode.UnprocessableEntity);

        Assert.Contains(kind, problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.ArticleCountAsync());
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedWith413()
    {
        var big = new byte[ApiFixture.MaxBytes + 1];
        Array.Fill(big, (byte)'a');

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(big, "big.txt", "2016-02-03")), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("limit", problem.Detail);
    }

    [Fact]
    public async Task AnOversizedRequestIsRefusedFromItsContentLengthBeforeTheBodyIsRead()
    {
        var body = new CountingStream(ApiFixture.MaxBytes * 8);
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = body.Length;

        var response = await Client.PostAsync("/api/articles", content);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(body.BytesRead < body.Length / 2, $"read {body.BytesRead} of {body.Length} bytes");
    }

    [Fact]
    public async Task AnOversizedBodyWithoutALengthIsRefusedWith413WhileReading()
    {
        var json = "{\"text\":\"" + new string('a', (int)ApiFixture.MaxBytes * 2) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task AnUndeclaredWindows1252FileIsReadWithItsQuotesAndAccents()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.Windows1252Text(), "madaya.txt", "2016-01-11"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        var text = (await db.Articles.SingleAsync(a => a.Id == id)).Text;
        Assert.Contains("\u201CPeople are starving,\u201D", text);
        Assert.Contains("Jos\u00E9 Gonz\u00E1lez", text);
    }

    [Fact]
    public async Task AFileWithInvalidUtf8BytesIsStillStoredWithoutLosingItsText()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.InvalidUtf8Text(), "broken.txt", "2016-02-03"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        Assert.Contains("Staffan de Mistura", (await db.Articles.SingleAsync(a => a.Id == id)).Text);
    }

    [Fact]
    public async Task ATruncatedPageIsStoredWithTheTextItHas()
    {
        var page = SampleArticles.Page(105);
        var cut = Encoding.UTF8.GetBytes(page[..page.IndexOf("U.N. envoy", StringComparison.Ordinal)]);

        var response = await Client.PostAsync("/api/articles", ApiFixture.File(cut, "cut.html"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task MalformedTagSoupIsAnsweredWithoutAServerError()
    {
        var soup = Encoding.UTF8.GetBytes("<html><body><p>Unclosed <b><i>tags</b></i> <table><tr><td>cell<p>\u201CWe will stay,\u201D he said on Monday in Geneva, where the talks had stalled for a week.</td></div></span><!-- never closed <script>");

        var response = await Client.PostAsync("/api/articles", ApiFixture.File(soup, "soup.html", "2016-02-03"));

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"got {(int)response.StatusCode}");
        Assert.True((await Client.GetAsync("/health")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task APageNested10000ElementsDeepIsReadWithoutCrashingTheApp()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.DeeplyNested(10_000), "deep.html", "2016-02-03"));

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"got {(int)response.StatusCode}");
        Assert.True((await Client.GetAsync("/health")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task APageWithNoArticleTextIsRefusedWith422()
    {
        var page = Encoding.UTF8.GetBytes("<html><head><title>Section front</title></head><body><nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav><footer>© 2016</footer></body></html>");

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(page, "front.html", "2016-02-03")), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("No article", problem.Detail);
    }

    [Fact]
    public async Task APathLikeFileNameIsStoredAsItsLastSegmentOnly()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(106), "..\\..\\windows/../etc/passwd.txt", "2016-02-03"));

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        Assert.Equal("passwd.txt", (await db.Articles.SingleAsync(a => a.Id == id)).Source);
    }

    [Fact]
    public async Task AVeryLongFileNameIsShortenedKeepingItsExtension()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(107), new string('x', 600) + ".txt", "2016-02-03"));

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        var source = (await db.Articles.SingleAsync(a => a.Id == id)).Source!;
        Assert.True(source.Length <= 120, $"{source.Length} characters");
        Assert.EndsWith(".txt", source);
    }

    [Fact]
    public async Task APublicationDateInTheFutureIsRefused()
    {
        var future = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(108), "a.txt", future)), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("future", problem.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APageStatingAPublicationDateInTheFutureIsRefused()
    {
        var future = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.PageBytes(109, published: future), "a.html")), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("The page states", problem.Detail);
    }

    [Fact]
    public async Task AnUnparseablePublicationDateIsRefusedWith400()
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(110), "a.txt", "next Tuesday")), HttpStatusCode.BadRequest);

        Assert.Contains("YYYY-MM-DD", problem.Detail);
    }

    [Fact]
    public async Task AFileWithoutADateWhenThePageStatesNoneIsRefusedAskingForOne()
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(111), "a.txt")), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("publication date", problem.Detail);
    }

    [Fact]
    public async Task AFormWithoutTheFileFieldIsRefusedNamingTheField()
    {
        var form = new MultipartFormDataContent { { new StringContent("2016-02-03"), "published" } };

        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", form), HttpStatusCode.BadRequest);

        Assert.Contains("'file'", problem.Detail);
    }

    [Fact]
    public async Task InvalidJsonIsRefusedWith400()
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", new StringContent("{\"text\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Contains("JSON", problem.Title);
    }

    [Fact]
    public async Task AnotherContentTypeIsRefusedWith415()
    {
        await ProblemAsync(await Client.PostAsync("/api/articles", new StringContent(SampleArticles.Text(112), Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task AnUploadFromAnotherSitesPageIsRefused()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = ApiFixture.File(SampleArticles.TextBytes(113), "a.txt", "2016-02-03") };
        request.Headers.Add("Origin", "https://evil.example");

        await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ScriptAndFramesInAnUploadedPageAreStoredAsTextAndNeverServedAsMarkup()
    {
        var response = await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.PageBytes(114, extraBody: SampleArticles.ScriptPayload), "payload.html"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var html = await Client.GetStringAsync($"/articles/{id}");

        Assert.Contains("&lt;script&gt;window.__pwned = &#x27;text&#x27;&lt;/script&gt;", html);
        Assert.DoesNotContain("window.__pwned = 'script'", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("onerror=", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task AJavascriptCanonicalLinkIsNeverStoredOrRenderedAsALink()
    {
        var page = SampleArticles.Page(115).Replace("https://news.example.org/2016/02/aleppo-talks-115", "javascript:alert(document.cookie)");

        var response = await Client.PostAsync("/api/articles", ApiFixture.File(Encoding.UTF8.GetBytes(page), "page.html"));

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        Assert.Null((await db.Articles.SingleAsync(a => a.Id == id)).Url);
        Assert.DoesNotContain("javascript:", await Client.GetStringAsync($"/articles/{id}"));
    }

    [Fact]
    public async Task AGivenUrlThatIsNotAWebAddressIsRefused()
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(116), "a.txt", "2016-02-03", "javascript:alert(1)")), HttpStatusCode.BadRequest);

        Assert.Contains("http or https", problem.Detail);
    }

    private static async Task<(string Title, string Detail, string TraceId)> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal((int)expected, root.GetProperty("status").GetInt32());
        return (root.GetProperty("title").GetString()!, root.TryGetProperty("detail", out var d) ? d.GetString()! : "", root.GetProperty("traceId").GetString()!);
    }

    /// <summary>A body of the given length that counts how much of it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)'a', offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
