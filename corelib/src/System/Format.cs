namespace System
{
    /// <summary>Composite formatting ("{0,-5:F2}"), as String.Format does it with the invariant culture.</summary>
    internal static class CompositeFormat
    {
        private static FormatException Bad(int offset, string reason) => new FormatException("Input string was not in a correct format. Failure to parse near offset " + offset.ToString() + ". " + reason);
        private const string UnexpectedClosing = "Unexpected closing brace without a corresponding opening brace.";
        private const string Unclosed = "Format item ends prematurely.";
        private const string ExpectedDigit = "Expected an ASCII digit.";

        internal static string Format(string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException(nameof(format));
            char[] buf = new char[format.Length + 16];
            int n = 0;
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i++];
                if (c == '}')
                {
                    if (i < format.Length && format[i] == '}') { i++; Put(ref buf, ref n, '}'); continue; }
                    throw i >= format.Length ? Bad(i, Unclosed) : Bad(i, UnexpectedClosing);
                }
                if (c != '{') { Put(ref buf, ref n, c); continue; }
                if (i < format.Length && format[i] == '{') { i++; Put(ref buf, ref n, '{'); continue; }
                // {index[,alignment][:format]}
                int index = 0; bool any = false;
                while (i < format.Length && format[i] >= '0' && format[i] <= '9') { index = index * 10 + (format[i++] - '0'); any = true; }
                if (!any) throw i >= format.Length ? Bad(i, Unclosed) : Bad(i, ExpectedDigit);
                while (i < format.Length && format[i] == ' ') i++;
                int align = 0;
                if (i < format.Length && format[i] == ',')
                {
                    i++;
                    while (i < format.Length && format[i] == ' ') i++;
                    bool neg = false;
                    if (i < format.Length && format[i] == '-') { neg = true; i++; }
                    any = false;
                    while (i < format.Length && format[i] >= '0' && format[i] <= '9')
                    {
                        align = align * 10 + (format[i++] - '0'); any = true;
                        // .NET caps the width below 1,000,000.
                        if (align >= 1000000) throw Bad(i, Unclosed);
                    }
                    if (!any) throw i >= format.Length ? Bad(i, Unclosed) : Bad(i, ExpectedDigit);
                    if (neg) align = -align;
                    while (i < format.Length && format[i] == ' ') i++;
                }
                string itemFormat = null;
                if (i < format.Length && format[i] == ':')
                {
                    i++;
                    int start = i;
                    while (i < format.Length && format[i] != '}')
                    {
                        if (format[i] == '{') throw Bad(i, Unclosed);
                        i++;
                    }
                    itemFormat = format.Substring(start, i - start);
                }
                if (i >= format.Length || format[i] != '}') throw Bad(i, Unclosed);
                i++;
                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object arg = args[index];
                string s = arg is IFormattable f ? f.ToString(itemFormat, null) : arg?.ToString();
                s = s ?? "";
                int pad = (align < 0 ? -align : align) - s.Length;
                if (align > 0) for (int p = 0; p < pad; p++) Put(ref buf, ref n, ' ');
                for (int k = 0; k < s.Length; k++) Put(ref buf, ref n, s[k]);
                if (align < 0) for (int p = 0; p < pad; p++) Put(ref buf, ref n, ' ');
            }
            return new string(buf, 0, n);
        }

        private static void Put(ref char[] buf, ref int n, char c)
        {
            if (n == buf.Length)
            {
                char[] b = new char[buf.Length * 2];
                Array.Copy(buf, b, n);
                buf = b;
            }
            buf[n++] = c;
        }
    }

}
