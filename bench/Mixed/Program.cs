using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AfterSales.Bench.Mixed;

// The day's real mix against AfterSales alone, as issue 18 describes it: 32 connections, each request drawn at random
// with these weights, timed per kind. Field actions carry If-Match with the ETag the app last saw, as the phone app
// would; a 412 (someone else changed the order first) is answered by reading the order again and retrying once.
var options = MixedOptions.Parse(args);
var kinds = new Kind[]
{
    new("read order", 40),
    new("read list", 20),
    new("field action", 25),
    new("registration", 10),
    new("report", 5),
};

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(options.Url),
    Timeout = TimeSpan.FromSeconds(30),
};
var data = MixedData.Load(options.DataDirectory);
var etags = await FieldOrders.FetchETagsAsync(http, options.ManagerToken, data.FieldOrders);
// a photo is a file uploaded first; the field action attaches one of these (the upload itself is not timed).
var photoFiles = await Task.WhenAll(Enumerable.Range(0, 256).Select(UploadPhotoAsync));

Console.Error.WriteLine($"[mixed] warming up for {options.WarmupSeconds} s");
await RunAsync(TimeSpan.FromSeconds(options.WarmupSeconds));
Console.Error.WriteLine($"[mixed] measuring for {options.DurationSeconds} s");
var measured = await RunAsync(TimeSpan.FromSeconds(options.DurationSeconds));
Report.Print(measured, kinds, options);
return measured.Sum(tally => tally.ServerErrors) == 0 ? 0 : 1;

async Task<Tally[]> RunAsync(TimeSpan duration)
{
    var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var workers = Enumerable.Range(0, options.Connections).Select(seed => Task.Run(async () =>
    {
        var random = new Random(seed * 7919 + Environment.TickCount);
        var tallies = kinds.Select(kind => new Tally(kind.Name)).ToArray();
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var pick = Pick(random);
            var started = Stopwatch.GetTimestamp();
            var status = await SendAsync(pick, random);
            tallies[pick].Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
        }

        return tallies;
    })).ToArray();
    var perWorker = await Task.WhenAll(workers);
    return [.. kinds.Select((kind, index) => Tally.Merge(kind.Name, perWorker.Select(tallies => tallies[index])))];
}

int Pick(Random random)
{
    var roll = random.Next(kinds.Sum(kind => kind.Weight));
    for (var index = 0; index < kinds.Length; index++)
    {
        roll -= kinds[index].Weight;
        if (roll < 0)
        {
            return index;
        }
    }

    return kinds.Length - 1;
}

async Task<HttpStatusCode> SendAsync(int kind, Random random) => kind switch
{
    0 => await GetAsync($"/api/v1/work-orders/{data.Orders[random.Next(data.Orders.Count)]}", options.DispatcherToken),
    1 => await GetAsync($"/api/v1/work-orders?status={data.ListStatuses[random.Next(data.ListStatuses.Length)]}&pageSize=20&cursor=", options.DispatcherToken),
    2 => await FieldActionAsync(data.FieldOrders[random.Next(data.FieldOrders.Count)], random),
    3 => await RegisterAsync(data.Machines[random.Next(data.Machines.Count)], random),
    _ => await GetAsync($"/api/v1/reports/grades?month={options.Month}", options.HrToken),
};

async Task<HttpStatusCode> GetAsync(string path, string token)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
    return response.StatusCode;
}

async Task<HttpStatusCode> FieldActionAsync(string orderId, Random random)
{
    var status = await AddPhotoAsync(orderId, random);
    if (status == HttpStatusCode.PreconditionFailed)
    {
        etags[orderId] = await FieldOrders.FetchETagAsync(http, options.ManagerToken, orderId);
        status = await AddPhotoAsync(orderId, random);
    }

    return status;
}

async Task<HttpStatusCode> AddPhotoAsync(string orderId, Random random)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{orderId}/photos")
    {
        Content = new StringContent(
            string.Create(CultureInfo.InvariantCulture, $$"""{"fileId":"{{photoFiles[random.Next(photoFiles.Length)]}}","caption":"Seal after the repair"}"""),
            Encoding.UTF8,
            "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ManagerToken);
    request.Headers.TryAddWithoutValidation("If-Match", etags[orderId]);
    using var response = await http.SendAsync(request);
    if (response.IsSuccessStatusCode && response.Headers.ETag is { } etag)
    {
        etags[orderId] = etag.Tag;
    }

    return response.StatusCode;
}

async Task<string> UploadPhotoAsync(int number)
{
    var photo = new byte[16 * 1024];
    photo[0] = 0xFF;
    photo[1] = 0xD8;
    photo[2] = 0xFF;
    BitConverter.TryWriteBytes(photo.AsSpan(4), number);
    var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo));
    using var start = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files")
    {
        Content = new StringContent(
            string.Create(CultureInfo.InvariantCulture, $$"""{"fileName":"seal-{{number}}.jpg","contentType":"image/jpeg","length":{{photo.Length}},"sha256":"{{sha256}}"}"""),
            Encoding.UTF8,
            "application/json"),
    };
    start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ManagerToken);
    using var started = await http.SendAsync(start);
    var id = System.Text.Json.JsonDocument.Parse(await started.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    using var chunk = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/files/{id}") { Content = new ByteArrayContent(photo) };
    chunk.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
    chunk.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, photo.Length - 1, photo.Length);
    chunk.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ManagerToken);
    using var sent = await http.SendAsync(chunk);
    sent.EnsureSuccessStatusCode();
    return id;
}

async Task<HttpStatusCode> RegisterAsync(Machine machine, Random random)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders")
    {
        Content = new StringContent(
            $$"""{"customerId":"{{machine.CustomerId}}","equipmentId":"{{machine.EquipmentId}}","problemDescription":"Hydraulic pump loses pressure under load.","priority":"{{(random.Next(10) == 0 ? "Urgent" : "Normal")}}","channel":"Phone"}""",
            Encoding.UTF8,
            "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.DispatcherToken);
    using var response = await http.SendAsync(request);
    return response.StatusCode;
}
