using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Files;

/// <summary>X-6 through HTTP against the real database: resumable uploads, typing by content, limits, and download access.</summary>
public sealed class FileUploadTests : WorkOrderTest
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    [Test]
    public async Task X6_a_cut_upload_resumes_from_the_last_byte_the_server_has()
    {
        var technician = await AsAssignedTechnician();
        var file = SampleFiles.Png(100_000);
        var id = Uploads.IdOf(await (await technician.StartUploadAsync(file, "pump-seal.png")).ShouldBe(HttpStatusCode.Created));

        var first = await (await technician.PutChunkAsync(id, file, 0, 39_999)).ShouldBe(HttpStatusCode.OK);
        var resumeFrom = await technician.ReceivedBytesAsync(id);
        var resent = await (await technician.PutChunkAsync(id, file, 0, 39_999)).ShouldBe(HttpStatusCode.OK);
        var gap = await (await technician.PutChunkAsync(id, file, 60_000, 99_999)).ShouldBeProblem(HttpStatusCode.Conflict, "X-6");
        await (await technician.PutChunkAsync(id, file, 30_000, 69_999)).ShouldBeProblem(HttpStatusCode.Conflict, "X-6");
        var completed = await (await technician.PutChunkAsync(id, file, resumeFrom, file.Length - 1)).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(first["receivedBytes"]!.GetValue<long>(), Is.EqualTo(40_000));
            Assert.That(first["status"]!.GetValue<string>(), Is.EqualTo("Uploading"));
            Assert.That(resumeFrom, Is.EqualTo(40_000));
            Assert.That(resent["receivedBytes"]!.GetValue<long>(), Is.EqualTo(40_000), "a chunk the server has already is harmless");
            Assert.That(gap["detail"]!.GetValue<string>(), Does.Contain("starts at byte 40000"));
            Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(completed["receivedBytes"]!.GetValue<long>(), Is.EqualTo(100_000));
            Assert.That(completed["contentType"]!.GetValue<string>(), Is.EqualTo("image/png"));
        });

        using var download = await technician.GetAsync($"/api/v1/files/{id}/content");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(SampleFiles.Sha256Of(bytes), Is.EqualTo(SampleFiles.Sha256Of(file)));
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
            Assert.That(download.Content.Headers.ContentLength, Is.EqualTo(100_000));
            Assert.That(download.Headers.ETag!.Tag, Is.EqualTo($"\"{SampleFiles.Sha256Of(file)}\""));
            Assert.That(download.Content.Headers.ContentDisposition!.FileName, Does.Contain("pump-seal.png"));
        });

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/files/{id}/content");
        conditional.Headers.IfNoneMatch.Add(download.Headers.ETag!);
        using var notModified = await technician.SendAsync(conditional);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task X6_a_file_is_typed_by_its_bytes_not_its_name()
    {
        var technician = await AsAssignedTechnician();
        var png = SampleFiles.Png(2048);
        var pngCalledPdf = Uploads.IdOf(await (await technician.PostAsJsonAsync("/api/v1/files", new { fileName = "report.pdf", contentType = "application/pdf", length = png.Length, sha256 = SampleFiles.Sha256Of(png) }))
            .ShouldBe(HttpStatusCode.Created));
        var typed = await (await technician.PutChunkAsync(pngCalledPdf, png, 0, png.Length - 1)).ShouldBe(HttpStatusCode.OK);

        var text = "#!/bin/sh\necho this is no photograph\n"u8.ToArray();
        var textCalledJpeg = Uploads.IdOf(await (await technician.StartUploadAsync(text, "photo.jpg")).ShouldBe(HttpStatusCode.Created));
        var refused = await technician.PutChunkAsync(textCalledJpeg, text, 0, text.Length - 1);

        Assert.That(typed["contentType"]!.GetValue<string>(), Is.EqualTo("image/png"));
        await refused.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.That(await technician.ReceivedBytesAsync(textCalledJpeg), Is.Zero, "the refused chunk is not kept");
        await (await technician.GetAsync($"/api/v1/files/{textCalledJpeg}/content")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(await StoredFilesAsync(), Is.EqualTo(1), "only the PNG's bytes are stored");
    }

    [Test]
    public async Task X6_a_wrong_sha256_keeps_nothing_as_a_usable_file()
    {
        var technician = await AsAssignedTechnician();
        var file = SampleFiles.Jpeg(10_000);
        var id = Uploads.IdOf(await (await technician.StartUploadAsync(file, "bearing.jpg", sha256: SampleFiles.Sha256Of(SampleFiles.Jpeg(9_999)))).ShouldBe(HttpStatusCode.Created));
        await (await technician.PutChunkAsync(id, file, 0, 4_999)).ShouldBe(HttpStatusCode.OK);

        var problem = await (await technician.PutChunkAsync(id, file, 5_000, 9_999)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(async () =>
        {
            Assert.That(problem["errors"]!["sha256"], Is.Not.Null);
            Assert.That(await technician.ReceivedBytesAsync(id), Is.EqualTo(5_000), "the last chunk is not kept");
            Assert.That(await StoredFilesAsync(), Is.Zero);
        });
        await (await technician.GetAsync($"/api/v1/files/{id}/content")).ShouldBeProblem(HttpStatusCode.NotFound);
        var order = await OnSiteInProgress();
        await (await Act(order, "photos", new { fileId = id }, Roles.Technician)).ShouldBeProblem(HttpStatusCode.Conflict, "X-6");
    }

    [Test]
    public async Task X6_more_than_20_MB_is_refused_with_413_and_a_chunk_beyond_the_declared_size_too()
    {
        var technician = await AsAssignedTechnician();
        var file = SampleFiles.Png(1000);

        var tooLarge = await technician.StartUploadAsync(file, length: TwentyMegabytes + 1);
        var atTheLimit = await technician.StartUploadAsync(file, length: TwentyMegabytes);
        var id = Uploads.IdOf(await (await technician.StartUploadAsync(file)).ShouldBe(HttpStatusCode.Created));
        var beyond = await technician.PutChunkAsync(id, SampleFiles.Png(1001), 0, 1000, total: 1001);
        var oversizedChunk = await technician.PutChunkAsync(Uploads.IdOf(await atTheLimit.ShouldBe(HttpStatusCode.Created)), new byte[(4 * 1024 * 1024) + 1], 0, 4 * 1024 * 1024, total: TwentyMegabytes);

        Assert.That((await tooLarge.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge))["detail"]!.GetValue<string>(), Does.Contain("20971520"));
        await beyond.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        await oversizedChunk.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(await technician.ReceivedBytesAsync(id), Is.Zero);
    }

    [Test]
    public async Task X6_a_chunk_is_refused_without_a_content_range_or_with_other_bytes_than_it_announces()
    {
        var technician = await AsAssignedTechnician();
        var file = SampleFiles.Png(1000);
        var id = Uploads.IdOf(await (await technician.StartUploadAsync(file)).ShouldBe(HttpStatusCode.Created));

        var bare = new ByteArrayContent(file);
        bare.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var noRange = await technician.PutAsync($"/api/v1/files/{id}", bare);
        var unknownLength = new ByteArrayContent(file);
        unknownLength.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        unknownLength.Headers.TryAddWithoutValidation("Content-Range", "bytes 0-999/*");
        var wildcard = await technician.PutAsync($"/api/v1/files/{id}", unknownLength);
        var shortBody = new ByteArrayContent(file, 0, 500);
        shortBody.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        shortBody.Headers.ContentRange = new ContentRangeHeaderValue(0, 999, 1000);
        var mismatch = await technician.PutAsync($"/api/v1/files/{id}", shortBody);
        var otherTotal = await technician.PutChunkAsync(id, SampleFiles.Png(2000), 0, 499, total: 2000);

        await noRange.ShouldBeProblem(HttpStatusCode.BadRequest);
        await wildcard.ShouldBeProblem(HttpStatusCode.BadRequest);
        await mismatch.ShouldBeProblem(HttpStatusCode.BadRequest);
        await otherTotal.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(await technician.ReceivedBytesAsync(id), Is.Zero);
    }

    [Test]
    public async Task X6_an_upload_in_progress_is_its_uploaders_alone()
    {
        var technician = await AsAssignedTechnician();
        var dispatcher = await As(Roles.Dispatcher);
        var file = SampleFiles.Png(1000);
        var id = Uploads.IdOf(await (await technician.StartUploadAsync(file)).ShouldBe(HttpStatusCode.Created));

        await (await dispatcher.GetAsync($"/api/v1/files/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        using var head = await dispatcher.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/files/{id}"));
        await (await dispatcher.PutChunkAsync(id, file, 0, 999)).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await technician.ReceivedBytesAsync(id), Is.Zero);
    }

    [Test]
    public async Task X6_others_get_404_for_a_file_of_an_order_they_cannot_read()
    {
        var order = await OnSiteInProgress();
        var technician = await AsAssignedTechnician();
        var colleague = await AsTechnician((await HireTechnician("T-0043"))["id"]!.GetValue<Guid>());
        var dispatcher = await As(Roles.Dispatcher);
        var photo = await technician.UploadAsync(SampleFiles.Jpeg(4096), "spindle.jpg");
        var content = $"/api/v1/files/{photo}/content";

        var dispatcherBefore = await dispatcher.GetAsync(content);
        var uploaderBefore = await technician.GetAsync(content);
        await Do(order, "photos", new { fileId = photo, caption = "Spindle" }, Roles.Technician);
        var signOff = await SignOff("Mr Chen");
        var resolved = await Do(order, "resolve", new { summary = "Bearing replaced", customerSignOff = signOff }, Roles.Technician);
        var signature = $"/api/v1/files/{resolved["customerSignOff"]!["signatureFileId"]}/content";

        await dispatcherBefore.ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(uploaderBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var path in new[] { content, signature })
        {
            Assert.That((await technician.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That((await dispatcher.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That((await (await AsLeadOf("East")).GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            await (await colleague.GetAsync(path)).ShouldBeProblem(HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task X6_a_retried_attach_never_duplicates_a_photo()
    {
        var order = await OnSiteInProgress();
        var technician = await AsAssignedTechnician();
        var photo = await technician.UploadAsync(SampleFiles.Jpeg(4096), "spindle.jpg");
        var sameBytesAgain = await technician.UploadAsync(SampleFiles.Jpeg(4096), "spindle-again.jpg");

        var first = await Do(order, "photos", new { fileId = photo, caption = "Spindle" }, Roles.Technician);
        var retried = await Do(order, "photos", new { fileId = photo, caption = "Spindle" }, Roles.Technician);

        Assert.Multiple(async () =>
        {
            Assert.That(retried["photos"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(retried["photos"]![0]!["id"]!.GetValue<Guid>(), Is.EqualTo(first["photos"]![0]!["id"]!.GetValue<Guid>()));
            Assert.That(sameBytesAgain, Is.Not.EqualTo(photo));
            Assert.That(await StoredFilesAsync(), Is.EqualTo(1), "the same bytes are stored once");
        });
    }

    [Test]
    public async Task WO9_a_photo_must_be_an_image()
    {
        var order = await OnSiteInProgress();
        var sheet = await (await AsAssignedTechnician()).UploadAsync(SampleFiles.Pdf(4096), "sheet.pdf");

        await (await Act(order, "photos", new { fileId = sheet }, Roles.Technician)).ShouldBeProblem(HttpStatusCode.Conflict, "WO-9");
    }

    [TestCase("Files:MaxBytes", "0", "MaxBytes")]
    [TestCase("Files:MaxChunkBytes", "0", "MaxChunkBytes")]
    public void X6_the_file_limits_are_checked_at_start_up(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));

    private static async Task<long> StoredFilesAsync()
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM aftersales.file_contents", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
