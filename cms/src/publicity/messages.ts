/** Publicity messages (issue 7), merged into the panel's catalog. */

export const zh = {
  slug_format: '只能用小写字母、数字和连字符，例如 heping-shuji',
  slug_stable: '网址别名发布后不再改变，以免已分享的链接失效',
  upload_missing: '请选择要上传的图片',
  upload_type: '只能上传 JPG、PNG、WebP 或 GIF 图片，收到的是 %{type}',
  upload_size: '图片不能超过 %{limit} MB，这张有 %{size} MB',
  upload_not_image: '文件声明为 %{type}，但内容不是 JPG、PNG、WebP 或 GIF 图片',
  upload_broken: '图片已损坏，无法读取',
  upload_empty: '文件是空的',
  upload_name: '文件名不能包含 / \\ : * ? " < > | 或控制字符，也不能是 . 或 ..',
  no_story: '没有这篇故事，或它尚未发布',
  story_published: '这篇故事已发布，且发布后没有修改',
  story_unpublished: '这篇故事尚未发布',
};

export const en: Record<keyof typeof zh, string> = {
  slug_format: 'Lower-case letters, digits and dashes only, e.g. heping-shuji',
  slug_stable: 'A slug never changes once given, so shared links keep working',
  upload_missing: 'Choose an image to upload',
  upload_type: 'Only JPG, PNG, WebP or GIF images, not %{type}',
  upload_size: 'Images may be at most %{limit} MB; this one is %{size} MB',
  upload_not_image: 'The file was declared %{type} but is not a JPG, PNG, WebP or GIF image',
  upload_broken: 'The image is damaged and cannot be read',
  upload_empty: 'The file is empty',
  upload_name: 'A file name may not contain / \\ : * ? " < > | or control characters, nor be . or ..',
  no_story: 'No such story, or it is not published',
  story_published: 'This story is published and has not changed since',
  story_unpublished: 'This story is not published',
};

declare module '../panel/messages' {
  interface MessageCodes {
    publicity: keyof typeof zh;
  }
}
