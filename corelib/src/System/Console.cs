using System.IO;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Console I/O. Output goes through one internal call per write; the host buffers it.</summary>
    public static class Console
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void WriteCore(string value, bool toError);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string ReadLineCore();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ReadCore();

        private static TextWriter s_out, s_error;
        private static TextReader s_in;
        public static TextWriter Out => s_out ??= new ConsoleWriter(false);
        public static TextWriter Error => s_error ??= new ConsoleWriter(true);
        public static TextReader In => s_in ??= new ConsoleReader();
        public static void SetOut(TextWriter newOut) { if (newOut == null) throw new ArgumentNullException(nameof(newOut)); s_out = newOut; }
        public static void SetError(TextWriter newError) { if (newError == null) throw new ArgumentNullException(nameof(newError)); s_error = newError; }
        public static void SetIn(TextReader newIn) { if (newIn == null) throw new ArgumentNullException(nameof(newIn)); s_in = newIn; }
        public static bool IsOutputRedirected => true;
        public static bool IsErrorRedirected => true;
        public static bool IsInputRedirected => true;
        public static System.Text.Encoding OutputEncoding { get => System.Text.Encoding.UTF8; set { } }
        public static System.Text.Encoding InputEncoding { get => System.Text.Encoding.UTF8; set { } }
        public static ConsoleColor ForegroundColor { get => ConsoleColor.Gray; set { } }
        public static ConsoleColor BackgroundColor { get => ConsoleColor.Black; set { } }
        public static void ResetColor() { }
        public static int WindowWidth => 80;
        public static bool KeyAvailable => false;

        private static void W(string s) { if (s_out == null) { if (s != null) WriteCore(s, false); } else s_out.Write(s); }
        private static void WL(string s) { if (s_out == null) WriteCore(s == null ? "\n" : s + "\n", false); else s_out.WriteLine(s); }

        public static void Write(string value) => W(value);
        public static void Write(object value) { if (value != null) W(value.ToString()); }
        public static void Write(bool value) => W(value ? "True" : "False");
        public static void Write(char value) => W(char.ToString(value));
        public static void Write(int value) => W(value.ToString());
        public static void Write(uint value) => W(value.ToString());
        public static void Write(long value) => W(value.ToString());
        public static void Write(ulong value) => W(value.ToString());
        public static void Write(float value) => W(value.ToString());
        public static void Write(double value) => W(value.ToString());
        public static void Write(decimal value) => W(value.ToString());
        public static void Write(char[] buffer) { if (buffer != null) W(new string(buffer)); }
        public static void Write(char[] buffer, int index, int count) => W(new string(buffer, index, count));
        public static void Write(ReadOnlySpan<char> value) => W(new string(value));
        public static void Write(string format, object arg0) => W(string.Format(format, arg0));
        public static void Write(string format, object arg0, object arg1) => W(string.Format(format, arg0, arg1));
        public static void Write(string format, object arg0, object arg1, object arg2) => W(string.Format(format, arg0, arg1, arg2));
        public static void Write(string format, params object[] arg) => W(string.Format(format, arg));
        public static void Write(string format, params ReadOnlySpan<object> arg) => W(string.Format(format, arg.ToArray()));

        public static void WriteLine() => WL(null);
        public static void WriteLine(string value) => WL(value);
        public static void WriteLine(object value) => WL(value?.ToString());
        public static void WriteLine(bool value) => WL(value ? "True" : "False");
        public static void WriteLine(char value) => WL(char.ToString(value));
        public static void WriteLine(int value) => WL(value.ToString());
        public static void WriteLine(uint value) => WL(value.ToString());
        public static void WriteLine(long value) => WL(value.ToString());
        public static void WriteLine(ulong value) => WL(value.ToString());
        public static void WriteLine(float value) => WL(value.ToString());
        public static void WriteLine(double value) => WL(value.ToString());
        public static void WriteLine(decimal value) => WL(value.ToString());
        public static void WriteLine(char[] buffer) => WL(buffer == null ? null : new string(buffer));
        public static void WriteLine(char[] buffer, int index, int count) => WL(new string(buffer, index, count));
        public static void WriteLine(ReadOnlySpan<char> value) => WL(new string(value));
        public static void WriteLine(string format, object arg0) => WL(string.Format(format, arg0));
        public static void WriteLine(string format, object arg0, object arg1) => WL(string.Format(format, arg0, arg1));
        public static void WriteLine(string format, object arg0, object arg1, object arg2) => WL(string.Format(format, arg0, arg1, arg2));
        public static void WriteLine(string format, params object[] arg) => WL(string.Format(format, arg));
        public static void WriteLine(string format, params ReadOnlySpan<object> arg) => WL(string.Format(format, arg.ToArray()));

        public static string ReadLine() => s_in == null ? ReadLineCore() : s_in.ReadLine();
        public static int Read() => s_in == null ? ReadCore() : s_in.Read();
        public static void Beep() { }
        public static void Clear() { }
        public static event ConsoleCancelEventHandler CancelKeyPress { add { } remove { } }
    }

    public enum ConsoleColor { Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White }
    public delegate void ConsoleCancelEventHandler(object sender, ConsoleCancelEventArgs e);
    public sealed class ConsoleCancelEventArgs : EventArgs { public bool Cancel { get; set; } }

    internal sealed class ConsoleWriter : TextWriter
    {
        private readonly bool _error;
        internal ConsoleWriter(bool error) { _error = error; }
        public override void Write(char value) => Console.WriteCore(char.ToString(value), _error);
        public override void Write(string value) { if (value != null) Console.WriteCore(value, _error); }
        public override void WriteLine(string value) => Console.WriteCore(value == null ? "\n" : value + "\n", _error);
        public override void WriteLine() => Console.WriteCore("\n", _error);
    }

    internal sealed class ConsoleReader : TextReader
    {
        private int _peeked = -2;
        public override int Read()
        {
            if (_peeked != -2) { int c = _peeked; _peeked = -2; return c; }
            return Console.ReadCore();
        }
        public override int Peek()
        {
            if (_peeked == -2) _peeked = Console.ReadCore();
            return _peeked;
        }
        public override string ReadLine()
        {
            if (_peeked == -2) return Console.ReadLineCore();
            if (_peeked == -1) { _peeked = -2; return null; }
            return base.ReadLine();
        }
    }
}

namespace System.IO
{
    public abstract class TextWriter : IDisposable, IAsyncDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();
        protected TextWriter() { }
        protected TextWriter(IFormatProvider formatProvider) { }
        public virtual string NewLine { get; set; } = "\n";
        public virtual System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public virtual IFormatProvider FormatProvider => null;
        public abstract void Write(char value);
        public virtual void Write(string value) { if (value != null) for (int i = 0; i < value.Length; i++) Write(value[i]); }
        public virtual void Write(char[] buffer) { if (buffer != null) Write(new string(buffer)); }
        public virtual void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
        public virtual void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));
        public virtual void Write(bool value) => Write(value ? "True" : "False");
        public virtual void Write(int value) => Write(value.ToString());
        public virtual void Write(uint value) => Write(value.ToString());
        public virtual void Write(long value) => Write(value.ToString());
        public virtual void Write(ulong value) => Write(value.ToString());
        public virtual void Write(float value) => Write(value.ToString());
        public virtual void Write(double value) => Write(value.ToString());
        public virtual void Write(decimal value) => Write(value.ToString());
        public virtual void Write(object value) { if (value != null) Write(value.ToString()); }
        public virtual void Write(System.Text.StringBuilder value) { if (value != null) Write(value.ToString()); }
        public virtual void Write(string format, object arg0) => Write(string.Format(format, arg0));
        public virtual void Write(string format, object arg0, object arg1) => Write(string.Format(format, arg0, arg1));
        public virtual void Write(string format, object arg0, object arg1, object arg2) => Write(string.Format(format, arg0, arg1, arg2));
        public virtual void Write(string format, params object[] arg) => Write(string.Format(format, arg));
        public virtual void Write(string format, params ReadOnlySpan<object> arg) => Write(string.Format(format, arg.ToArray()));
        public virtual void WriteLine() => Write(NewLine);
        public virtual void WriteLine(string value) => Write(value + NewLine);
        public virtual void WriteLine(char value) => WriteLine(char.ToString(value));
        public virtual void WriteLine(char[] buffer) => WriteLine(buffer == null ? null : new string(buffer));
        public virtual void WriteLine(char[] buffer, int index, int count) => WriteLine(new string(buffer, index, count));
        public virtual void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(new string(buffer));
        public virtual void WriteLine(bool value) => WriteLine(value ? "True" : "False");
        public virtual void WriteLine(int value) => WriteLine(value.ToString());
        public virtual void WriteLine(uint value) => WriteLine(value.ToString());
        public virtual void WriteLine(long value) => WriteLine(value.ToString());
        public virtual void WriteLine(ulong value) => WriteLine(value.ToString());
        public virtual void WriteLine(float value) => WriteLine(value.ToString());
        public virtual void WriteLine(double value) => WriteLine(value.ToString());
        public virtual void WriteLine(decimal value) => WriteLine(value.ToString());
        public virtual void WriteLine(object value) => WriteLine(value?.ToString());
        public virtual void WriteLine(System.Text.StringBuilder value) => WriteLine(value?.ToString());
        public virtual void WriteLine(string format, object arg0) => WriteLine(string.Format(format, arg0));
        public virtual void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(format, arg0, arg1));
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(format, arg0, arg1, arg2));
        public virtual void WriteLine(string format, params object[] arg) => WriteLine(string.Format(format, arg));
        public virtual void WriteLine(string format, params ReadOnlySpan<object> arg) => WriteLine(string.Format(format, arg.ToArray()));
        public virtual void Flush() { }
        public virtual System.Threading.Tasks.Task FlushAsync() { Flush(); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteAsync(string value) { Write(value); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteLineAsync(string value) { WriteLine(value); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual void Close() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { Dispose(true); }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { Dispose(); return default; }
        public static TextWriter Synchronized(TextWriter writer) => writer;
        private sealed class NullTextWriter : TextWriter { public override void Write(char value) { } public override void Write(string value) { } }
    }

    public class StringWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _sb;
        public StringWriter() { _sb = new System.Text.StringBuilder(); }
        public StringWriter(IFormatProvider formatProvider) : this() { }
        public StringWriter(System.Text.StringBuilder sb) { _sb = sb ?? throw new ArgumentNullException(nameof(sb)); }
        public override void Write(char value) => _sb.Append(value);
        public override void Write(string value) => _sb.Append(value);
        public override void Write(char[] buffer, int index, int count) => _sb.Append(buffer, index, count);
        public virtual System.Text.StringBuilder GetStringBuilder() => _sb;
        public override string ToString() => _sb.ToString();
    }

    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new StringReader("");
        protected TextReader() { }
        public virtual int Peek() => -1;
        public virtual int Read() => -1;
        public virtual int Read(char[] buffer, int index, int count)
        {
            int n = 0;
            while (n < count)
            {
                int c = Read();
                if (c < 0) break;
                buffer[index + n++] = (char)c;
            }
            return n;
        }
        public virtual string ReadLine()
        {
            var sb = new System.Text.StringBuilder();
            while (true)
            {
                int c = Read();
                if (c == -1) return sb.Length > 0 ? sb.ToString() : null;
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)c);
            }
        }
        public virtual string ReadToEnd()
        {
            var sb = new System.Text.StringBuilder();
            int c;
            while ((c = Read()) != -1) sb.Append((char)c);
            return sb.ToString();
        }
        public virtual System.Threading.Tasks.Task<string> ReadLineAsync() => System.Threading.Tasks.Task.FromResult(ReadLine());
        public virtual System.Threading.Tasks.Task<string> ReadToEndAsync() => System.Threading.Tasks.Task.FromResult(ReadToEnd());
        public virtual void Close() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() => Dispose(true);
    }

    public class StringReader : TextReader
    {
        private string _s; private int _pos;
        public StringReader(string s) { _s = s ?? throw new ArgumentNullException(nameof(s)); }
        public override int Peek() => _pos < _s.Length ? _s[_pos] : -1;
        public override int Read() => _pos < _s.Length ? _s[_pos++] : -1;
        public override string ReadToEnd() { string r = _s.Substring(_pos); _pos = _s.Length; return r; }
    }
}
