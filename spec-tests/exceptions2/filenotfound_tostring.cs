// minimal: FileNotFoundException.ToString includes a "File name: '...'" line
Console.WriteLine(new FileNotFoundException("nf", "file.txt").ToString().Replace("\n", "|"));
Console.WriteLine(new FileNotFoundException("nf", "file.txt").Message);
