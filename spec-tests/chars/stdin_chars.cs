// stdin: Hello, World!\nsecond line\twith tab\n\nlast line without newline
// reading standard input char by char (Console.In.Read/Peek), line by line, and classifying the
// characters read; the end of input gives -1 and null
int first = Console.In.Peek();
Console.WriteLine("peek " + (char)first + " " + first);
var counts = new int[4];
int c, n = 0;
var line = new System.Text.StringBuilder();
while ((c = Console.In.Read()) != -1)
{
    char ch = (char)c;
    n++;
    if (char.IsLetter(ch)) counts[0]++;
    else if (char.IsWhiteSpace(ch)) counts[1]++;
    else if (char.IsPunctuation(ch)) counts[2]++;
    else counts[3]++;
    if (ch == '\n') { Console.WriteLine($"line [{line}] len={line.Length}"); line.Clear(); }
    else line.Append(char.IsLower(ch) ? char.ToUpperInvariant(ch) : ch == '\t' ? '_' : ch);
    if (n == 5) Console.WriteLine("after 5 chars peek=" + (char)Console.In.Peek());
}
Console.WriteLine($"tail [{line}] total={n} letters={counts[0]} space={counts[1]} punct={counts[2]} other={counts[3]}");
Console.WriteLine(Console.In.Read() + " " + Console.In.Peek() + " " + (Console.ReadLine() ?? "null") + " " + (Console.In.ReadToEnd() == ""));
