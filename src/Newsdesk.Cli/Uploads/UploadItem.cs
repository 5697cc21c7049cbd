namespace Newsdesk.Cli.Uploads;

/// <summary>One local file to upload and the blob name it gets.</summary>
/// <param name="Path">The file.</param>
/// <param name="BlobName">Its name in the container: the path below the folder argument ('/' separated), or the file name.</param>
/// <param name="Length">Its size in bytes.</param>
internal sealed record UploadItem(string Path, string BlobName, long Length);
