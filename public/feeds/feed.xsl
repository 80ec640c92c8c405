<?xml version="1.0" encoding="UTF-8"?>
<!-- Renders an RSS or Atom feed of the hub as a readable page when opened in a browser. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title"/>
    <xsl:variable name="lang" select="rss/channel/language | atom:feed/@xml:lang"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; line-height: 1.5; color: #1a1a1a; }
          h1 { color: #0b2a4a; overflow-wrap: anywhere; }
          .about { background: #f3f6f9; border-left: 4px solid #b8860b; padding: 0.6rem 1rem; }
          li { margin: 0.8rem 0; overflow-wrap: anywhere; }
          a { color: #0b4f8a; }
          time { color: #4a5560; font-size: 0.9rem; display: block; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="$title"/></h1>
          <p class="about">
            <xsl:choose>
              <xsl:when test="starts-with($lang, 'fr')">Ceci est un flux : copiez l’adresse de cette page dans votre lecteur de flux ou votre outil d’automatisation pour suivre les nouveaux éléments.</xsl:when>
              <xsl:otherwise>This is a feed: copy this page’s address into your feed reader or automation tool to follow new items.</xsl:otherwise>
            </xsl:choose>
            <xsl:text> </xsl:text>
            <a href="{rss/channel/link | atom:feed/atom:link[@rel='alternate']/@href}"><xsl:value-of select="$title"/></a>
          </p>
          <ul>
            <xsl:for-each select="rss/channel/item">
              <li><a href="{link}"><xsl:value-of select="title"/></a><time><xsl:value-of select="pubDate"/></time><xsl:value-of select="description"/></li>
            </xsl:for-each>
            <xsl:for-each select="atom:feed/atom:entry">
              <li><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a><time><xsl:value-of select="atom:published"/></time><xsl:value-of select="atom:summary"/></li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
