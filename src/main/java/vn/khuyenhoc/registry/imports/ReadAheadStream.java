package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A stream read ahead on a thread of its own, in chunks: a worksheet is unzipped there while another thread scans
 * the bytes already unzipped, so inflating (a fifth of reading a 210 MB sheet) no longer waits its turn on the
 * scanner's core. At most {@link #CHUNKS_AHEAD} chunks wait; a failure of the source reaches the reader as it was
 * thrown; closing stops the thread.
 */
final class ReadAheadStream extends InputStream {

    private static final int CHUNK = 1 << 16;
    private static final int CHUNKS_AHEAD = 16;
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile IOException failure;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ReadAheadStream(InputStream source, String name) {
        thread = new Thread(() -> readAll(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(InputStream source) {
        try {
            while (true) {
                byte[] chunk = source.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    break;
                }
                chunks.put(chunk.length == CHUNK ? chunk : Arrays.copyOf(chunk, chunk.length));
            }
        } catch (InterruptedException e) {
            return; // closed: nobody waits for the end
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended || !next()) {
                return -1;
            }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }

    private boolean next() throws IOException {
        try {
            current = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading stopped");
        }
        position = 0;
        if (current == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        return true;
    }

    /** Stops the thread and waits for it, so that the source is never closed under its reads. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
