using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using static AfterSales.Tests.SampleFiles;

namespace AfterSales.Domain.Tests.Files;

public sealed class FileUploadTests
{
    private const long MaxBytes = 20 * 1024 * 1024;

    private readonly TestClock clock = new();

    [Test]
    public void X6_a_file_of_more_than_20_MB_is_refused_before_a_byte_is_sent()
    {
        var refusal = Assert.Throws<FileTooLargeException>(() => Start(Png(10), length: MaxBytes + 1));

        Assert.That(refusal!.Message, Does.Contain("20971520"));
        Assert.DoesNotThrow(() => Start(Png(10), length: MaxBytes));
    }

    [Test]
    public void X6_a_chunk_beyond_the_declared_size_is_refused_and_changes_nothing()
    {
        var upload = Start(Png(100));
        upload.Receive(0, 49, 100);

        Assert.Throws<FileTooLargeException>(() => upload.Receive(50, 100, 101));
        Assert.That(upload.ReceivedBytes, Is.EqualTo(50));
    }

    [Test]
    public void X6_a_cut_upload_resumes_from_the_last_byte_the_server_has()
    {
        var upload = Start(Png(100));

        Assert.That(upload.Receive(0, 39, 100), Is.True);
        Assert.That(upload.ReceivedBytes, Is.EqualTo(40));
        Assert.That(upload.Receive(0, 39, 100), Is.False, "a chunk resent after a lost acknowledgement is harmless");
        Assert.That(upload.Receive(40, 99, 100), Is.True);
        Assert.That(upload.IsFullyReceived, Is.True);
    }

    [Test]
    public void X6_a_chunk_out_of_order_or_overlapping_names_the_byte_to_resume_from()
    {
        var upload = Start(Png(100));
        upload.Receive(0, 39, 100);

        var gap = Assert.Throws<BusinessRuleViolationException>(() => upload.Receive(60, 99, 100));
        var overlap = Assert.Throws<BusinessRuleViolationException>(() => upload.Receive(20, 59, 100));

        Assert.Multiple(() =>
        {
            Assert.That(gap!.RuleId, Is.EqualTo("X-6"));
            Assert.That(gap.Message, Does.Contain("starts at byte 40"));
            Assert.That(overlap!.RuleId, Is.EqualTo("X-6"));
            Assert.That(upload.ReceivedBytes, Is.EqualTo(40));
        });
    }

    [Test]
    public void X6_the_bytes_must_have_the_declared_sha256()
    {
        var upload = Start(Png(100));
        upload.Receive(0, 99, 100);

        var refusal = Assert.Throws<InvalidInputException>(() => upload.Complete(Sha256Of(Png(99)), Png(100), clock));

        Assert.That(refusal!.Field, Is.EqualTo("sha256"));
        Assert.That(upload.Status, Is.EqualTo(FileUploadStatus.Uploading));
    }

    [Test]
    public void X6_a_file_is_typed_by_its_bytes_not_its_name()
    {
        var pngCalledPdf = Start(Png(100), fileName: "report.pdf", declaredType: "application/pdf");
        pngCalledPdf.Receive(0, 99, 100);
        pngCalledPdf.Complete(Sha256Of(Png(100)), Png(100), clock);

        var text = "just some text, not a picture"u8.ToArray();
        var textCalledJpeg = Start(text, fileName: "photo.jpg", declaredType: "image/jpeg");
        textCalledJpeg.Receive(0, text.Length - 1, text.Length);

        Assert.That(pngCalledPdf.ContentType, Is.EqualTo("image/png"));
        Assert.Throws<UnsupportedFileTypeException>(() => textCalledJpeg.Complete(Sha256Of(text), text, clock));
        Assert.That(textCalledJpeg.Status, Is.EqualTo(FileUploadStatus.Uploading));
    }

    [Test]
    public void X6_jpeg_png_heic_webp_and_pdf_are_the_types_allowed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FileSignatures.MediaTypeOf(Jpeg(20)), Is.EqualTo("image/jpeg"));
            Assert.That(FileSignatures.MediaTypeOf(Png(20)), Is.EqualTo("image/png"));
            Assert.That(FileSignatures.MediaTypeOf(Heic(20)), Is.EqualTo("image/heic"));
            Assert.That(FileSignatures.MediaTypeOf(WebP(20)), Is.EqualTo("image/webp"));
            Assert.That(FileSignatures.MediaTypeOf(Pdf(20)), Is.EqualTo("application/pdf"));
            Assert.That(FileSignatures.MediaTypeOf("GIF89a\0\0\0\0\0\0\0\0"u8), Is.Null, "GIF is not among them");
            Assert.That(FileSignatures.MediaTypeOf("RIFF\0\0\0\0WAVEfmt "u8), Is.Null, "a RIFF file that is not WebP");
            Assert.That(FileSignatures.MediaTypeOf("\0\0\0\x18ftypmp42\0\0\0\0"u8), Is.Null, "an MP4 video");
        });
    }

    [Test]
    public void X6_only_a_completed_upload_can_be_attached()
    {
        var upload = Start(Png(100));
        upload.Receive(0, 49, 100);

        Assert.That(Assert.Throws<BusinessRuleViolationException>(upload.EnsureComplete)!.RuleId, Is.EqualTo("X-6"));
    }

    private FileUpload Start(byte[] bytes, long? length = null, string fileName = "photo.png", string declaredType = "image/png") =>
        FileUpload.Start(fileName, declaredType, length ?? bytes.Length, Sha256Of(bytes), MaxBytes, "tech-0042", clock);
}
