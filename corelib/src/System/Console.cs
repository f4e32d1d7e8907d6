using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Console I/O. Output goes through one internal call per write; the host buffers it.</summary>
    public static class Console
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void WriteCore(string value, bool toError);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string ReadLineCore();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int ReadCore();

        public static void Write(string value) { if (value != null) WriteCore(value, false); }
        public static void Write(object value) { if (value != null) Write(value.ToString()); }
        public static void Write(bool value) => WriteCore(value ? "True" : "False", false);
        public static void Write(char value) => WriteCore(char.ToString(value), false);
        public static void Write(int value) => WriteCore(value.ToString(), false);
        public static void Write(uint value) => WriteCore(value.ToString(), false);
        public static void Write(long value) => WriteCore(value.ToString(), false);
        public static void Write(ulong value) => WriteCore(value.ToString(), false);
        public static void Write(float value) => WriteCore(value.ToString(), false);
        public static void Write(double value) => WriteCore(value.ToString(), false);
        public static void Write(char[] buffer) { if (buffer != null) WriteCore(new string(buffer), false); }
        public static void Write(string format, object arg0) => WriteCore(string.Format(format, arg0), false);
        public static void Write(string format, object arg0, object arg1) => WriteCore(string.Format(format, arg0, arg1), false);
        public static void Write(string format, object arg0, object arg1, object arg2) => WriteCore(string.Format(format, arg0, arg1, arg2), false);
        public static void Write(string format, params object[] arg) => WriteCore(string.Format(format, arg), false);

        public static void WriteLine() => WriteCore("\n", false);
        public static void WriteLine(string value) => WriteCore(value == null ? "\n" : value + "\n", false);
        public static void WriteLine(object value) => WriteLine(value?.ToString());
        public static void WriteLine(bool value) => WriteCore(value ? "True\n" : "False\n", false);
        public static void WriteLine(char value) => WriteLine(char.ToString(value));
        public static void WriteLine(int value) => WriteLine(value.ToString());
        public static void WriteLine(uint value) => WriteLine(value.ToString());
        public static void WriteLine(long value) => WriteLine(value.ToString());
        public static void WriteLine(ulong value) => WriteLine(value.ToString());
        public static void WriteLine(float value) => WriteLine(value.ToString());
        public static void WriteLine(double value) => WriteLine(value.ToString());
        public static void WriteLine(char[] buffer) => WriteLine(buffer == null ? null : new string(buffer));
        public static void WriteLine(string format, object arg0) => WriteLine(string.Format(format, arg0));
        public static void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(format, arg0, arg1));
        public static void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(format, arg0, arg1, arg2));
        public static void WriteLine(string format, params object[] arg) => WriteLine(string.Format(format, arg));

        public static string ReadLine() => ReadLineCore();
        public static int Read() => ReadCore();
    }
}
